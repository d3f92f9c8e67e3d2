/**
 * Registers the service worker that keeps the runbook readable offline (see
 * src/integrations/service-worker.ts), and tells the reader when a newer version is waiting.
 */

/** Shows the notice with a button that lets the waiting worker take over and reloads. */
function offerUpdate(box: HTMLElement, worker: ServiceWorker) {
	if (box.querySelector('.needle-update')) return;
	const notice = document.createElement('p');
	notice.className = 'needle-notice needle-update';
	notice.textContent = 'A newer version of this runbook is available. ';
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'needle-button';
	button.textContent = 'Reload to update';
	button.addEventListener('click', () => {
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		worker.postMessage('skip-waiting');
	});
	notice.append(button);
	box.append(notice);
}

/**
 * Runs `work` once the page has loaded and the browser is idle: a new worker downloads the whole
 * site for offline reading, and that must not compete with the page the reader opened.
 */
function whenLoadedAndIdle(work: () => void) {
	const idle = () =>
		'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 5000 }) : setTimeout(work, 500);
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}

export function watchForUpdates(box: HTMLElement): void {
	// The development server changes files under the worker's feet; only the built site has one.
	if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
	whenLoadedAndIdle(() => register(box));
}

function register(box: HTMLElement) {
	const hasController = () => navigator.serviceWorker.controller !== null;
	navigator.serviceWorker
		.register('/sw.js')
		.then((registration) => {
			if (registration.waiting && hasController()) offerUpdate(box, registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && hasController()) offerUpdate(box, worker);
				});
			});
		})
		.catch(() => {
			// Offline reading is an addition: the page works the same without it.
		});
}
