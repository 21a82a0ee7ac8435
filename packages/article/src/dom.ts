// The slice of the DOM that Parallax reads. linkedom implements it; declaring it here keeps the
// package free of the browser's `lib.dom` types, so packages importing this source need none.

export interface DomNode {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly textContent: string | null
  readonly firstChild: DomNode | null
  readonly nextSibling: DomNode | null
  readonly parentNode: DomNode | null
}

export interface DomElement extends DomNode {
  readonly tagName: string
  readonly children: ArrayLike<DomElement>
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>
  remove(): void
}

export interface DomDocument {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
