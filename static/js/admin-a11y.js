// Names for the controls that Django's admin widgets leave unnamed, so screen readers (and axe) can tell them
// apart. Runs after the admin's own widgets have been built on "load" (the filter boxes, select2, calendars).
(() => {
  const text = (el) => (el ? el.textContent.replace(/\s+/g, " ").replace(/[:：]\s*$/, "").trim() : "");

  const fieldLabel = (control) => {
    const row = control.closest(".form-row, .fieldBox, .form-multiline > div, div.flex-container");
    return text(row && row.querySelector("label"));
  };

  const name = (el, label) => {
    if (label && !el.getAttribute("aria-label") && !(el.labels && el.labels.length)) el.setAttribute("aria-label", label);
  };

  const fix = () => {
    // The filter boxes' magnifier is a span with aria-label, which ARIA only allows on an element with a role.
    document.querySelectorAll(".help-tooltip[aria-label]").forEach((el) => el.setAttribute("role", "img"));
    // Tabular inlines: each cell's control is named by its column header and the row's record.
    document.querySelectorAll(".tabular table").forEach((table) => {
      const headers = [...table.querySelectorAll("thead th")];
      table.querySelectorAll("thead th").forEach((th) => {
        if (!text(th)) th.outerHTML = th.outerHTML.replace(/^<th/, "<td").replace(/<\/th>$/, "</td>");
      });
      table.querySelectorAll("tbody tr.form-row").forEach((row) => {
        const record = text(row.querySelector("td.original p")) || text(row.querySelector("td.original"));
        [...row.children].forEach((cell, index) => {
          const header = text(headers[index]);
          cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach((control) => {
            name(control, [header, record].filter(Boolean).join(" – "));
          });
        });
      });
    });
    // Date and time of a split date-time field: "Date:" and "Time:" are bare text beside the inputs.
    document.querySelectorAll("p.datetime").forEach((p) => {
      const label = fieldLabel(p);
      p.querySelectorAll("input").forEach((input) => {
        const before = input.previousSibling && input.previousSibling.nodeType === Node.TEXT_NODE ? text(input.previousSibling) : "";
        name(input, [label, before].filter(Boolean).join(" – "));
      });
    });
    // Autocomplete fields (select2): the combobox and its search box take the field's label.
    document.querySelectorAll(".select2-container").forEach((container) => {
      const label = fieldLabel(container);
      container.querySelectorAll('[role="combobox"], [role="textbox"], .select2-search__field').forEach((el) => name(el, label));
    });
    // Empty header cells (the delete column when deleting is not allowed) are not headers.
    document.querySelectorAll("thead th").forEach((th) => {
      if (!text(th) && !th.querySelector("input")) th.outerHTML = th.outerHTML.replace(/^<th/, "<td").replace(/<\/th>$/, "</td>");
    });
  };

  window.addEventListener("load", () => setTimeout(fix, 0));
})();
