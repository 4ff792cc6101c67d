// Puts a hidden token field into every `form[data-shinsa]`, including forms added later by a
// framework, and keeps them all at the current value.
export function watchForms(fieldName: string, initial: string) {
  let value = initial;
  const fields: HTMLInputElement[] = [];

  const adopt = (form: HTMLFormElement) => {
    let field = form.querySelector<HTMLInputElement>(`input[name="${fieldName}"]`);
    if (!field) {
      field = document.createElement("input");
      field.type = "hidden";
      field.name = fieldName;
      form.appendChild(field);
    }
    if (!fields.includes(field)) fields.push(field);
    field.value = value;
  };
  const scan = (root: ParentNode) => {
    if (root instanceof HTMLFormElement && root.matches("form[data-shinsa]")) adopt(root);
    for (const form of root.querySelectorAll<HTMLFormElement>("form[data-shinsa]")) adopt(form);
  };

  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  }).observe(document, { childList: true, subtree: true });

  return (token: string) => {
    value = token;
    for (const field of fields) field.value = token;
  };
}
