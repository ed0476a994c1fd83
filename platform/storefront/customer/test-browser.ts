/**
 * A browser as the customer pages' tests need one, over HTTP on loopback: it asks for HTML, keeps
 * the cookies the pages set, posts forms as a browser does (urlencoded, with its Origin) and does
 * not follow redirects, so each test sees every step.
 */
export interface PageResponse {
  status: number;
  text: string;
  location: string | null;
  setCookie: string | null;
}

export class TestBrowser {
  private cookies = new Map<string, string>();

  constructor(
    private readonly base: string,
    private readonly language = 'zh-CN',
    readonly address?: string,
  ) {}

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return {
      accept: 'text/html,application/xhtml+xml',
      'accept-language': this.language,
      ...(cookie ? { cookie } : {}),
    };
  }

  private async read(response: Response): Promise<PageResponse> {
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) {
        if (/max-age=0/i.test(setCookie)) this.cookies.delete(name);
        else this.cookies.set(name, value.join('='));
      }
    }
    return {
      status: response.status,
      text: await response.text(),
      location: response.headers.get('location'),
      setCookie,
    };
  }

  get(path: string): Promise<PageResponse> {
    return fetch(this.base + path, { headers: this.headers(), redirect: 'manual' }).then((r) =>
      this.read(r),
    );
  }

  post(
    path: string,
    form: Record<string, string | number>,
    extra: { origin?: string | null } = {},
  ): Promise<PageResponse> {
    const origin = extra.origin === undefined ? this.base : extra.origin;
    return fetch(this.base + path, {
      method: 'POST',
      headers: {
        ...this.headers(),
        'content-type': 'application/x-www-form-urlencoded',
        ...(origin ? { origin } : {}),
      },
      body: new URLSearchParams(
        Object.entries(form).map(([key, value]): [string, string] => [key, String(value)]),
      ).toString(),
      redirect: 'manual',
    }).then((r) => this.read(r));
  }

  /** Follows a 303 to its page. */
  async follow(response: PageResponse): Promise<PageResponse> {
    if (response.status !== 303 || !response.location)
      throw new Error(`expected a 303, got ${response.status}: ${response.text.slice(0, 300)}`);
    return this.get(response.location);
  }

  get signedIn(): boolean {
    return this.cookies.has('sf_session');
  }
}

/** The CSRF token a page's forms carry. */
export function csrfOf(html: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no csrf field on the page');
  return match[1];
}

/** The visible text of a page, for assertions on what a customer reads. */
export const textOf = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
