// Members' forms: after a refused submission, the error summary takes the focus so a screen reader reads it
// first; its links move the focus to the field they name (the fragment alone only scrolls).
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("error-summary");
  if (!summary) return;
  summary.focus();
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const field = link && document.getElementById(link.hash.slice(1));
    if (!field) return;
    event.preventDefault();
    const fold = field.closest("details");
    if (fold) fold.open = true;
    field.scrollIntoView({ block: "center" });
    if (field.matches("fieldset")) field.querySelector("input")?.focus();
    else field.focus();
  });
});
