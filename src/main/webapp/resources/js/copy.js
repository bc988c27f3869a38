// Copy buttons (checksums): shown only where the browser lets the page write to the clipboard; after copying,
// a status next to the button says so, and screen readers announce it (role=status).
document.addEventListener('DOMContentLoaded', function () {
    if (!navigator.clipboard || !window.isSecureContext) {
        return;
    }
    document.querySelectorAll('button.copy-button[data-copy]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            var status = button.parentNode.querySelector('.copy-status');
            navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
                if (status) {
                    status.textContent = button.getAttribute('data-copied');
                }
            });
        });
    });
});
