// Test host for the iframe embed: asks the embed for a pong and writes down what came back.
const frame = document.getElementById('embed');
const result = document.getElementById('result');
let answered = false;
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  if (event.data && event.data.type === 'backbone-explorer:pong') {
    answered = true;
    result.textContent = 'pong';
  }
});
frame.addEventListener('load', () => {
  const ask = () => frame.contentWindow.postMessage({ type: 'backbone-explorer:ping' }, '*');
  // The embed listens once its script has run: ask a few times, then give up.
  let tries = 0;
  const timer = setInterval(() => {
    if (answered || ++tries > 20) {
      clearInterval(timer);
      if (!answered) result.textContent = 'no answer';
      return;
    }
    ask();
  }, 150);
});
