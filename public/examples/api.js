// mountExplorer by code: the methods it returns behind buttons, and every event it reports written down.
const host = document.getElementById('explorer');
const events = document.getElementById('events');
let explorer = null;

function describe(event) {
  switch (event.type) {
    case 'select':
      return `select ${event.selected ? `${event.selected.kind}:${event.selected.id}` : 'nothing'}`;
    case 'cuts':
      return `cuts ${event.cuts.cables.length + event.cuts.segments.length + event.cuts.links.length + event.cuts.metros.length}`;
    case 'impact': {
      const first = event.impact.failovers[0];
      const asPaths = first ? `; ${first.from}–${first.to}: ${first.networksBefore.join(' > ')} → ${first.networksAfter.join(' > ') || 'no route'}` : '';
      return `impact ${event.impact.rerouted} rerouted${asPaths}`;
    }
    case 'route':
      return event.route ? `route ${event.route.from}–${event.route.to} ${event.route.rttMs} ms via ${event.route.asPath.map((h) => h.name).join(' > ')}` : 'route cleared';
    default:
      return event.type;
  }
}

function mount() {
  explorer = window.BackboneExplorer.mountExplorer(host, { concept: 'submarine-cable', controls: 'minimal', height: 360, autoplay: false });
  explorer.subscribe((event) => {
    const item = document.createElement('li');
    item.textContent = describe(event);
    events.append(item);
  });
}

document.getElementById('cut').addEventListener('click', () => explorer?.cut('cable:marea'));
document.getElementById('restore').addEventListener('click', () => explorer?.restoreAll());
document.getElementById('route').addEventListener('click', () => explorer?.route('new-york', 'london'));
document.getElementById('select').addEventListener('click', () => explorer?.select('cable:dunant'));
document.getElementById('destroy').addEventListener('click', () => {
  explorer?.destroy();
  explorer = null;
});
document.getElementById('remount').addEventListener('click', () => {
  if (!explorer) mount();
});
mount();
