// A small map on profiles that have coordinates; the OpenStreetMap link beside it works without it.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("map");
  if (!el || typeof L === "undefined") return;
  const point = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
  const map = L.map(el, { scrollWheelZoom: false, zoomControl: false }).setView(point, 15);
  // Leaflet's own button titles are English; the page gives them in the reader's language.
  L.control.zoom({ zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut }).addTo(map);
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }).addTo(map);
  L.marker(point, { title: el.dataset.label, alt: el.dataset.label }).addTo(map);
});
