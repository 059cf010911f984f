package org.learningmechanics.book.search;

import org.learningmechanics.book.ChapterCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Indexes the chapters once every bean is ready (the database migrated, the chapters loaded) and before the web
 * server takes its first request, so the first reader's search already finds everything.
 */
@Component
class SearchIndexStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final ChapterCatalog chapters;
    private final SearchIndexer indexer;

    SearchIndexStartup(ChapterCatalog chapters, SearchIndexer indexer) {
        this.chapters = chapters;
        this.indexer = indexer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        IndexOutcome outcome = indexer.index(IndexedSection.of(chapters.all()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        String fingerprint = outcome.sha256().substring(0, 12);
        if (outcome.rebuilt()) {
            log.info("Search index rebuilt in {} ms (chapters: {}, sections: {}, content {})",
                    millis, chapters.all().size(), outcome.sections(), fingerprint);
        } else {
            log.info("Search index is current, nothing to rebuild (sections: {}, content {})",
                    outcome.sections(), fingerprint);
        }
    }
}
