/**
 * What sticks out past the right edge of the window, innermost elements only, so a failure names
 * the element to fix. Content inside a box that scrolls on its own (a wide table) is in its place.
 * Self-contained, so Playwright can run it in a page (`page.evaluate(sidewaysOverflow)`).
 */
export function sidewaysOverflow(): string[] {
  const root = document.documentElement;
  const edge = root.clientWidth + 0.5;
  // A box that scrolls clips what it holds, except absolutely placed content whose containing block lies outside it.
  const scrollsOnItsOwn = (element: Element) => {
    const placement = getComputedStyle(element).position;
    if (placement === 'fixed') return false;
    let contained = placement !== 'absolute';
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      contained ||= style.position !== 'static';
      if (contained && /(auto|scroll|hidden|clip)/.test(style.overflowX) && parent.getBoundingClientRect().right <= edge) return true;
    }
    return false;
  };
  const sticksOut = (element: Element) => element.getBoundingClientRect().right > edge;
  const offenders = [...document.body.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().width > 0 && sticksOut(element) && ![...element.children].some(sticksOut) && !scrollsOnItsOwn(element))
    .map((element) => `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')} “${(element.textContent ?? '').trim().slice(0, 40)}” ends at ${Math.round(element.getBoundingClientRect().right)} px`);
  if (root.scrollWidth > root.clientWidth && offenders.length === 0) return [`the page is ${root.scrollWidth} px wide on a ${root.clientWidth} px window`];
  return root.scrollWidth > root.clientWidth ? offenders : [];
}
