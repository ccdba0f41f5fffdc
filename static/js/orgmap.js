// The organisations of the current search on a clustered map. It only adds to the page: the list below the map
// holds the same organisations, for readers without JavaScript, map tiles or sight of the map.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("orgmap");
  const source = document.getElementById("map-data");
  if (!el || !source || typeof L === "undefined" || typeof L.markerClusterGroup !== "function") return;
  const data = JSON.parse(source.textContent);
  if (!data.points.length) return;

  const link = (name, slug) => {
    const a = document.createElement("a");
    a.href = data.url.replace(data.placeholder, encodeURIComponent(slug));
    a.textContent = name; // text, never HTML: names are typed by the organisations
    return a;
  };

  const map = L.map(el, { scrollWheelZoom: false, zoomControl: false });
  // Leaflet's own button titles are English; the page gives them in the reader's language.
  L.control.zoom({ zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut }).addTo(map);
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }).addTo(map);
  const cluster = L.markerClusterGroup({ chunkedLoading: true });
  cluster.addLayers(
    data.points.map(([, name, lat, lon, slug]) =>
      L.marker([lat, lon], { title: name, alt: name }).bindPopup(() => link(name, slug)),
    ),
  );
  map.addLayer(cluster);
  map.fitBounds(cluster.getBounds(), { maxZoom: 15, padding: [24, 24] });
});
