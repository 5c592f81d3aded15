namespace TelnyxMock.Common;

/// <summary>The <c>meta</c> of a V2 page.</summary>
public sealed record PaginationMeta(int PageNumber, int PageSize, int TotalPages, int TotalResults)
{
    public static PaginationMeta Of(int pageNumber, int pageSize, int total) =>
        new(pageNumber, pageSize, (total + pageSize - 1) / pageSize, total);
}
