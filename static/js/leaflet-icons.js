// Leaflet guesses its marker images from leaflet.css and appends fixed names ("marker-icon-2x.png"), which the
// hashed names of the collected static files do not match (404 on every high-resolution screen). The map's
// element carries the real addresses, resolved by {% static %}; deferred after leaflet.js, before the map scripts.
(() => {
  const el = document.querySelector("[data-icon]");
  if (!el || typeof L === "undefined") return;
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions({
    iconUrl: el.dataset.icon,
    iconRetinaUrl: el.dataset.iconRetina,
    shadowUrl: el.dataset.iconShadow,
  });
})();
