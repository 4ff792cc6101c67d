// The console's only script, served as /console/console.js: keyboard shortcuts on top of pages
// that work without it. j/k move through the queue, Enter opens, "/" goes to search; on an order,
// a button with data-key="x" is pressed by x. Keys are ignored while typing in a field.
export const CONSOLE_JS = `(() => {
  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  const rows = () => Array.from(document.querySelectorAll("tr[data-href]"));
  let current = -1;
  const focusRow = (i) => {
    const list = rows();
    if (list.length === 0) return;
    current = Math.max(0, Math.min(list.length - 1, i));
    list.forEach((r, j) => r.classList.toggle("current", j === current));
    list[current].focus();
  };
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === "/") { const s = document.querySelector("input[type=search]"); if (s) { e.preventDefault(); s.focus(); } return; }
    if (e.key === "j") { focusRow(current + 1); return; }
    if (e.key === "k") { focusRow(current - 1); return; }
    if (e.key === "Enter" && document.activeElement && document.activeElement.dataset && document.activeElement.dataset.href) {
      location.href = document.activeElement.dataset.href; return;
    }
    const button = document.querySelector('button[data-key="' + CSS.escape(e.key) + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
  document.addEventListener("click", (e) => {
    const row = e.target.closest && e.target.closest("tr[data-href]");
    if (row && !e.target.closest("a,button,input,select")) location.href = row.dataset.href;
  });
})();
`;
