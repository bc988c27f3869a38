// Check-in: where the browser can read QR codes (BarcodeDetector), the camera fills the code field and
// submits; otherwise the code is typed in. Progressive enhancement: the form works without this script.
document.addEventListener('DOMContentLoaded', function () {
    var scan = document.getElementById('scan');
    var video = document.getElementById('camera');
    var field = document.getElementById('code');
    var submit = document.getElementById('submit');
    if (!scan || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
        return;
    }
    scan.hidden = false;
    scan.addEventListener('click', function () {
        var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
            video.srcObject = stream;
            video.hidden = false;
            video.play();
            var look = function () {
                detector.detect(video).then(function (codes) {
                    if (codes.length > 0) {
                        stream.getTracks().forEach(function (t) { t.stop(); });
                        field.value = codes[0].rawValue;
                        submit.click();
                    } else {
                        window.requestAnimationFrame(look);
                    }
                }).catch(function () { window.requestAnimationFrame(look); });
            };
            look();
        });
    });
});
