// Every control of the explorer in one <backbone-explorer>; the query string becomes its attributes,
// so /examples/explorer.html?cut=cable:marea opens like /?cut=cable:marea in the app.
// Only the element's own documented options pass: a name that is not one (an event handler such as onclick,
// style, or a string that is not an attribute name at all) is reported in the console and ignored, so that
// a page copied from this one never reflects a visitor's query string into markup.
const element = document.createElement('backbone-explorer');
const options = new Set(customElements.get('backbone-explorer')?.observedAttributes ?? []);
element.setAttribute('controls', 'full');
for (const [name, value] of new URLSearchParams(location.search)) {
  if (options.has(name) && name !== 'controls') element.setAttribute(name, value);
  else console.warn(`Backbone Explorer example: URL parameter ${JSON.stringify(name)} ignored: it is not an option of <backbone-explorer>.`);
}
document.getElementById('host').append(element);
