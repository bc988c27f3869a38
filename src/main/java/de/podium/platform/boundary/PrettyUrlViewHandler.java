package de.podium.platform.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Lets forms of a routed page post back to the pretty URL the browser shows, not to the view file. */
public class PrettyUrlViewHandler extends ViewHandlerWrapper {

    public PrettyUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object originalUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (originalUri == null) {
            originalUri = request.getAttribute(PrettyUrlViewHandler.class.getName());
        }
        if (originalUri != null && context.getViewRoot() != null && viewId.equals(context.getViewRoot().getViewId())) {
            request.setAttribute(PrettyUrlViewHandler.class.getName(), originalUri);
            return originalUri.toString();
        }
        return super.getActionURL(context, viewId);
    }
}
