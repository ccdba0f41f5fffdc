// "Set the point on a map": a small map in the folded part of the address; a tap fills latitude and longitude.
// Without JavaScript (or without Leaflet) the two number fields below it do the same job.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.querySelector("[data-point-map]");
  if (!el || typeof L === "undefined") return;
  const fold = el.closest("details");
  const lat = document.getElementById("id_latitude");
  const lon = document.getElementById("id_longitude");
  const tangier = [35.7673, -5.7997];
  let map = null;
  let marker = null;
  const place = (point) => {
    if (marker) marker.setLatLng(point);
    else marker = L.marker(point, { title: el.dataset.label, alt: el.dataset.label }).addTo(map);
  };
  const draw = () => {
    if (map || !fold.open) return;
    el.hidden = false;
    document.querySelector("[data-point-help]").hidden = false;
    const known = lat.value && lon.value ? [parseFloat(lat.value), parseFloat(lon.value)] : null;
    map = L.map(el, { scrollWheelZoom: false, zoomControl: false }).setView(known || tangier, known ? 16 : 12);
    L.control.zoom({ zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut }).addTo(map);
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    }).addTo(map);
    if (known) place(known);
    map.on("click", (event) => {
      place(event.latlng);
      lat.value = event.latlng.lat.toFixed(6);
      lon.value = event.latlng.lng.toFixed(6);
    });
  };
  fold.addEventListener("toggle", draw);
  draw();
});
