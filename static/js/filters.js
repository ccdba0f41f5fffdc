// Progressive enhancement: apply a facet or sort change at once. Without JavaScript the buttons do the same.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  if (!form) return;
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox], select")) {
      form.requestSubmit();
    }
  });
});
