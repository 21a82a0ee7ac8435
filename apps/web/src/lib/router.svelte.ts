import { parseRoute, type Route } from './routes'

// Client-side navigation with the history API: the API answers every unknown path with index.html,
// so a reload or a shared link lands on the same screen.

class Router {
  route: Route = $state(parseRoute(window.location.pathname))

  navigate(path: string, options: { replace?: boolean } = {}): void {
    if (options.replace) window.history.replaceState(null, '', path)
    else window.history.pushState(null, '', path)
    this.sync()
  }

  sync(): void {
    this.route = parseRoute(window.location.pathname)
  }
}

export const router = new Router()

window.addEventListener('popstate', () => router.sync())

// Plain links navigate inside the app; new tabs, downloads and other origins behave as usual.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0) return
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const anchor = event.target instanceof Element ? event.target.closest('a') : null
  if (!anchor || anchor.target || anchor.hasAttribute('download')) return
  const url = new URL(anchor.href, window.location.href)
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return
  // In-page anchors such as the skip link keep their native jump and focus.
  if (url.hash && url.pathname === window.location.pathname) return
  event.preventDefault()
  router.navigate(url.pathname + url.search)
})
