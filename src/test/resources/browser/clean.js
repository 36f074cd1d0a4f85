// Loads, and does nothing wrong.
document.documentElement.dataset.ready = 'yes';
