/*
 * Typed dates stay the way in (issue #23): the text field takes "16.12.2016 10:00" in the page's format and is what
 * the form sends. Beside it, the browser's own date and time picker is offered as a help for the mouse: choosing in
 * it writes the field in the page's format; typing in the field moves the picker along. It is out of the Tab order,
 * so the keyboard goes from field to field as before.
 */
(function () {
    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function format(pattern, parts) {
        return pattern.replace('yyyy', parts.y).replace('MM', pad(parts.M)).replace('dd', pad(parts.d))
            .replace('HH', pad(parts.H)).replace('mm', pad(parts.m));
    }

    function parse(pattern, text) {
        var order = [];
        var regex = pattern.replace(/yyyy|MM|dd|HH|mm/g, function (token) {
            order.push(token);
            return token === 'yyyy' ? '(\\d{4})' : '(\\d{1,2})';
        }).replace(/\./g, '\\.');
        var match = new RegExp('^\\s*' + regex + '\\s*$').exec(text || '');
        if (!match) {
            return null;
        }
        var parts = {};
        order.forEach(function (token, i) {
            parts[{yyyy: 'y', MM: 'M', dd: 'd', HH: 'H', mm: 'm'}[token]] = parseInt(match[i + 1], 10);
        });
        return parts;
    }

    function enhance(field) {
        var pattern = field.dataset.dateFormat;
        var help = document.createElement('input');
        help.type = 'datetime-local';
        help.className = 'date-help';
        help.tabIndex = -1;
        help.setAttribute('aria-label', field.dataset.dateHelpLabel);
        function follow() {
            var parts = parse(pattern, field.value);
            help.value = parts ? parts.y + '-' + pad(parts.M) + '-' + pad(parts.d) + 'T' + pad(parts.H) + ':' + pad(parts.m) : '';
        }
        help.addEventListener('change', function () {
            var chosen = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(help.value);
            if (chosen) {
                field.value = format(pattern, {y: chosen[1], M: +chosen[2], d: +chosen[3], H: +chosen[4], m: +chosen[5]});
                field.dispatchEvent(new Event('change', {bubbles: true}));
            }
        });
        field.addEventListener('input', follow);
        follow();
        field.insertAdjacentElement('afterend', help);
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('input[data-date-format]').forEach(enhance);
    });
})();
