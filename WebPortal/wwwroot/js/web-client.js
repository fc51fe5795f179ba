// The web client's only script: keep the output pane at its newest line unless the player has scrolled
// back to read, and keep the typing focus on the command line.
const stickyMargin = 48;

export function attach(pane, input) {
  pane.dataset.follow = "true";
  pane.addEventListener("scroll", () => {
    // Our own scrolling says nothing about what the player wants; only theirs decides.
    if (pane.dataset.scrolling === "ours") {
      delete pane.dataset.scrolling;
      return;
    }

    pane.dataset.follow = String(pane.scrollHeight - pane.scrollTop - pane.clientHeight < stickyMargin);
  });
  pane.addEventListener("click", () => {
    if (!window.getSelection()?.toString()) {
      input.focus();
    }
  });
  input.focus();
}

export function follow(pane) {
  const bottom = pane.scrollHeight - pane.clientHeight;
  if (pane.dataset.follow !== "false" && pane.scrollTop < bottom) {
    pane.dataset.scrolling = "ours";
    pane.scrollTop = bottom;
  }
}
