// Every control of the explorer in one <backbone-explorer>; the query string becomes its attributes,
// so /examples/explorer.html?cut=cable:marea opens like /?cut=cable:marea in the app.
const element = document.createElement('backbone-explorer');
element.setAttribute('controls', 'full');
for (const [name, value] of new URLSearchParams(location.search)) element.setAttribute(name, value);
document.getElementById('host').append(element);
