package org.learningmechanics.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.springframework.dao.DataAccessException;

/** A page that failed in the database layer. See {@link TroublePage}. */
public class DataAccessTroublePage extends TroublePage implements HasErrorParameter<DataAccessException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessException> parameter) {
        return show(event, parameter);
    }
}
