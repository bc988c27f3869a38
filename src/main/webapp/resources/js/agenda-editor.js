/*
 * Schedule editor: dragging a talk onto a grid cell fills the keyboard form (talk, room, start) and submits it,
 * so both ways place a talk through the same form and show the same warnings. Cells are PrimeFaces droppables.
 */
var podiumAgenda = {
    drop: function (event, ui) {
        var cell = event.target.closest('[data-room]');
        var talk = ui.draggable.get(0).getAttribute('data-talk');
        document.getElementById('place:talkId').value = talk;
        document.getElementById('place:roomId').value = cell.getAttribute('data-room');
        document.getElementById('place:start').value = cell.getAttribute('data-start');
        document.getElementById('place:submit').click();
    },
    init: function () {
        if (window.jQuery && jQuery.fn.draggable) {
            jQuery('.agenda-talk').draggable({revert: 'invalid', helper: 'clone', opacity: 0.75, zIndex: 1000});
        }
        document.querySelectorAll('[data-focus]').forEach(function (link) {
            link.addEventListener('click', function () {
                var target = document.getElementById(link.getAttribute('data-focus'));
                if (target) {
                    target.scrollIntoView({block: 'center'});
                    target.focus();
                }
            });
        });
        var placed = document.querySelector('.agenda-talk--placed');
        if (placed) {
            placed.focus();
        }
    }
};
window.addEventListener('load', podiumAgenda.init);
