/** One page of a list, as every list answers: {items, total, page, pageSize}. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

export async function fetchPage<Row, Item>(
  request: PageRequest,
  rows: (limit: number, offset: number) => Promise<Row[]>,
  count: () => Promise<Array<{ n: number }>>,
  toItem: (row: Row) => Item,
) {
  const [list, [total]] = await Promise.all([
    rows(request.pageSize, (request.page - 1) * request.pageSize),
    count(),
  ]);
  return {
    items: list.map(toItem),
    total: total?.n ?? 0,
    page: request.page,
    pageSize: request.pageSize,
  };
}
