// Progressive enhancement: a facet applies as soon as it is ticked. Without JavaScript "Apply filters" does it.
// The sort list keeps its button: submitting on change would reload the page at every arrow key (WCAG 3.2.2).
const RETURN_TO = "filters:return-to";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  if (!form) return;

  // Put keyboard and screen-reader users back on the facet they changed, not at the top of the new page.
  const target = document.getElementById(sessionStorage.getItem(RETURN_TO) || "");
  sessionStorage.removeItem(RETURN_TO);
  if (target && form.contains(target)) {
    const panel = target.closest("details");
    if (panel) panel.open = true;
    target.focus();
  }

  form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox]")) {
      sessionStorage.setItem(RETURN_TO, event.target.id);
      form.requestSubmit();
    }
  });
});
