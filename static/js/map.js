// A small map on profiles that have coordinates; the OpenStreetMap link beside it works without it.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("map");
  if (!el || typeof L === "undefined") return;
  const point = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
  const map = L.map(el, { scrollWheelZoom: false }).setView(point, 15);
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }).addTo(map);
  L.marker(point, { title: el.dataset.label, alt: el.dataset.label }).addTo(map);
});
