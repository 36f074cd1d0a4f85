// Writes an error to the console, then loads a script that does not exist.
console.error('fixture: something broke');
var script = document.createElement('script');
script.src = 'no-such-script.js';
document.head.appendChild(script);
