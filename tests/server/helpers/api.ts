import type {
  CampState,
  CreateCampRequest,
  CreateCampResponse,
  ErrorReply,
  JoinResponse,
} from '@campgrid/shared';

export interface HttpResult<T> {
  status: number;
  body: T;
  headers: Headers;
}

export async function request<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  const parsed: unknown = contentType.includes('application/json') ? JSON.parse(text) : text;
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export async function createCamp(
  baseUrl: string,
  body: CreateCampRequest = { title: 'Testcamp' },
): Promise<CreateCampResponse> {
  const result = await request<CreateCampResponse | ErrorReply>(
    baseUrl,
    'POST',
    '/api/camps',
    body,
  );
  if (result.status !== 201 || !result.body.ok) {
    throw new Error(`creating a camp failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return result.body;
}

export async function joinCamp(
  baseUrl: string,
  slug: string,
  displayName: string,
): Promise<JoinResponse> {
  const result = await request<JoinResponse | ErrorReply>(
    baseUrl,
    'POST',
    `/api/camps/${slug}/participants`,
    { displayName },
  );
  if (result.status !== 201 || !result.body.ok) {
    throw new Error(`joining failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return result.body;
}

export async function snapshot(baseUrl: string, slug: string): Promise<CampState> {
  const result = await request<CampState>(baseUrl, 'GET', `/api/camps/${slug}`);
  if (result.status !== 200) throw new Error(`snapshot failed: ${result.status}`);
  return result.body;
}

/** Today's date in a time zone, computed independently of the server's own helper. */
export function todayInZone(timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date());
}
