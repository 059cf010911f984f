package org.learningmechanics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** A reader opens the chapter, sees typeset math, presses Run and watches the simulation and theory draw. */
class ChapterPageIT extends BrowserTest {

    @Test
    void readerRunsTheSimulationAndSeesTheoryBesideIt() throws Exception {
        open("chapters/deep-linear-networks");

        wait.until(d -> !d.findElements(By.cssSelector("lm-math .katex")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("lm-math[display] .katex-display"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("lm-math .katex-error"))).isEmpty();

        var run = wait.until(d -> d.findElement(By.id("run-deep-linear")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", run);
        run.click();

        wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> drawn = (List<Map<String, Object>>) wait.until(d -> {
            Object result = ((JavascriptExecutor) d).executeScript("""
                    return Array.from(document.querySelector('.simulation-panel').querySelectorAll('lm-chart .apexcharts-series')).map(g => ({
                      name: g.getAttribute('seriesName'),
                      length: (g.querySelector('path.apexcharts-line')?.getAttribute('d') || '').length }));""");
            List<?> list = (List<?>) result;
            return list.size() >= 8 && list.stream().allMatch(m -> ((Number) ((Map<?, ?>) m).get("length")).intValue() > 200)
                    ? result : null;
        });
        // ApexCharts names each series group by its label with every other character replaced by "x"
        assertThat(drawn).extracting(m -> (String) m.get("name"))
                .contains("modex1", "modex1xxtheoryx", "modex3", "modex3xxtheoryx", "loss", "lossxxtheoryx");
        assertThat(browser.findElement(By.cssSelector(".simulation-summary")).getText())
                .contains("Mode 1 reached half strength at t = 1.33; the theory predicts 1.33.");

        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.simulation-charts').scrollIntoView({block: 'start'})");
        screenshot("chapter-after-run");
    }

    @Test
    void readerMovesASliderWithTheKeyboardAndTheRunFollowsIt() throws Exception {
        open("chapters/deep-linear-networks");
        var slider = wait.until(d -> d.findElement(By.cssSelector("input[type=range][aria-label='Depth D']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", slider);
        slider.click(); // focus; a click on the track may move it too, so set it by keys from the left end
        slider.sendKeys(Keys.HOME, Keys.ARROW_RIGHT);
        wait.until(d -> "3".equals(d.findElement(By.cssSelector("#param-depth input")).getDomProperty("value")));

        browser.findElement(By.id("run-deep-linear")).click();
        wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
        String predicted = org.learningmechanics.sim.ParameterSpec.formatSignificant(
                org.learningmechanics.sim.linear.DeepLinearTheory.halfTime(3, 3, 1e-3), 3);
        assertThat(browser.findElement(By.cssSelector(".simulation-summary")).getText())
                .contains("Mode 1 reached half strength at t = " + predicted + "; the theory predicts " + predicted);
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('.simulation-panel')"
                        + ".querySelectorAll('lm-chart .apexcharts-series path.apexcharts-line').length"))
                .intValue() >= 8);
    }
}
