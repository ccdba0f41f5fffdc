// A small map of one place (a profile, an event), drawn only when the reader asks for it. The page itself
// carries a pin and a link to OpenStreetMap; Leaflet's script, stylesheet and tiles are fetched on "Show the
// map", from the addresses {% static %} put on the map's element (hashed names in production).
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("map");
  const button = document.querySelector("[data-show-map]");
  if (!el || !button) return;

  const load = (tag, attributes) =>
    new Promise((resolve, reject) => {
      const node = Object.assign(document.createElement(tag), attributes, { onload: resolve, onerror: reject });
      document.head.appendChild(node);
    });

  const draw = () => {
    el.hidden = false;
    const point = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
    const map = L.map(el, { scrollWheelZoom: false, zoomControl: false }).setView(point, 15);
    // Leaflet's own button titles are English; the page gives them in the reader's language.
    L.control.zoom({ zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut }).addTo(map);
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    }).addTo(map);
    L.marker(point, { title: el.dataset.label, alt: el.dataset.label }).addTo(map);
    button.remove();
    el.focus(); // the button that had focus is gone; Leaflet's container takes the keyboard
  };

  button.hidden = false;
  button.addEventListener("click", () => {
    button.disabled = true;
    const css = load("link", { rel: "stylesheet", href: el.dataset.leafletCss });
    // leaflet-icons.js points Leaflet at the hashed marker images, so it runs after leaflet.js.
    load("script", { src: el.dataset.leafletJs })
      .then(() => load("script", { src: el.dataset.leafletIconsJs }))
      .then(() => css)
      .then(draw)
      .catch(() => {
        button.disabled = false; // offline or blocked: the link to OpenStreetMap still works
      });
  });
});
