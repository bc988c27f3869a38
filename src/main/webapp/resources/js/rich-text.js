/*
 * Limited formatting for texts people write themselves (speaker bios): bold, italic, lists and links over the
 * textarea, which stays the form field and stays visible where JavaScript is off. The server keeps only the same
 * few tags (LimitedHtml), so whatever the browser produces is sanitised again on save.
 */
(function () {
    var COMMANDS = [
        {name: 'bold', command: 'bold', text: 'B'},
        {name: 'italic', command: 'italic', text: 'I'},
        {name: 'bullets', command: 'insertUnorderedList', text: '•'},
        {name: 'numbers', command: 'insertOrderedList', text: '1.'},
        {name: 'link', command: 'createLink', text: '🔗'}
    ];

    function initialHtml(value) {
        if (!value || value.indexOf('<') >= 0) {
            return value || '';
        }
        var div = document.createElement('div');
        div.textContent = value;
        return div.innerHTML.replace(/\r?\n/g, '<br>');
    }

    function enhance(textarea) {
        var label = document.querySelector('label[for="' + textarea.id.replace(/"/g, '\\"') + '"]');
        var editor = document.createElement('div');
        editor.id = textarea.id + '-editor';
        editor.className = 'rich-text__editor';
        editor.contentEditable = 'true';
        editor.setAttribute('role', 'textbox');
        editor.setAttribute('aria-multiline', 'true');
        if (label && label.id) {
            editor.setAttribute('aria-labelledby', label.id);
        }
        ['aria-describedby', 'aria-invalid'].forEach(function (name) {
            if (textarea.getAttribute(name)) {
                editor.setAttribute(name, textarea.getAttribute(name));
            }
        });
        editor.innerHTML = initialHtml(textarea.value);

        var toolbar = document.createElement('div');
        toolbar.className = 'rich-text__toolbar';
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', textarea.dataset.labelToolbar + (label ? ': ' + label.textContent : ''));
        toolbar.setAttribute('aria-controls', editor.id);
        COMMANDS.forEach(function (c) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'button rich-text__button rich-text__button--' + c.name;
            button.textContent = c.text;
            button.setAttribute('aria-label', textarea.dataset['label' + c.name.charAt(0).toUpperCase() + c.name.slice(1)]);
            button.title = button.getAttribute('aria-label');
            button.addEventListener('mousedown', function (e) { e.preventDefault(); });
            button.addEventListener('click', function () {
                editor.focus();
                if (c.command === 'createLink') {
                    var url = window.prompt(textarea.dataset.labelLinkPrompt, 'https://');
                    if (url && /^(https?:|mailto:)/i.test(url.trim())) {
                        document.execCommand('createLink', false, url.trim());
                    }
                } else {
                    document.execCommand(c.command, false, null);
                }
                sync();
            });
            toolbar.appendChild(button);
        });

        function sync() {
            textarea.value = editor.innerHTML === '<br>' ? '' : editor.innerHTML;
        }
        editor.addEventListener('input', sync);
        if (textarea.form) {
            textarea.form.addEventListener('submit', sync);
        }
        if (label) {
            label.addEventListener('click', function (e) { e.preventDefault(); editor.focus(); });
        }
        var wrap = document.createElement('div');
        wrap.className = 'rich-text';
        wrap.appendChild(toolbar);
        wrap.appendChild(editor);
        textarea.parentNode.insertBefore(wrap, textarea);
        textarea.hidden = true;
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.execCommand('defaultParagraphSeparator', false, 'p');
        document.querySelectorAll('textarea[data-rich-text]').forEach(enhance);
    });
})();
