// The connection form shows the credentials and hints of the chosen accounting system only, and the real service's
// addresses as placeholders. Without JavaScript every system's fields show, each under its name; the server reads
// only the chosen system's.
document.addEventListener("DOMContentLoaded", function () {
  var select = document.getElementById("system");
  if (!select) {
    return;
  }
  function show() {
    var chosen = select.value;
    document.querySelectorAll(".for-system").forEach(function (part) {
      var active = part.dataset.system === chosen;
      part.hidden = !active;
      part.querySelectorAll("input").forEach(function (input) { input.disabled = !active; });
    });
    var option = select.options[select.selectedIndex];
    document.getElementById("apiBaseUrl").placeholder = option.dataset.api;
    document.getElementById("tokenUrl").placeholder = option.dataset.token;
  }
  select.addEventListener("change", show);
  show();
});
