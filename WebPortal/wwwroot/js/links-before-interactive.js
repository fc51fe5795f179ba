// Until a page's circuit is up (the InteractiveMarker is on the page), the browser follows links itself. Blazor's
// router takes a click on a link as soon as its script has loaded, and if the page is not interactive yet it changes
// the address but leaves the old page on screen (dotnet/aspnetcore#68562). A full page load shows the right one.
window.addEventListener("click", event => {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
      || document.getElementById("interactive")) {
    return;
  }

  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")
      || new URL(link.href, document.baseURI).origin !== location.origin) {
    return;
  }

  // Captured at the window, before Blazor's own listeners; the browser's default, a page load, goes ahead.
  event.stopImmediatePropagation();
}, true);
