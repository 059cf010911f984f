package org.learningmechanics.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.springframework.transaction.TransactionException;

/** A page whose transaction could not start or finish, as when no connection can be had. See {@link TroublePage}. */
public class TransactionTroublePage extends TroublePage implements HasErrorParameter<TransactionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionException> parameter) {
        return show(event, parameter);
    }
}
