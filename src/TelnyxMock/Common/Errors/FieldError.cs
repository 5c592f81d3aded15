namespace TelnyxMock.Common.Errors;

/// <summary>One failing field: a JSON pointer into the body or query ("/inbound/timeout_1xx_secs") and a sentence a person can act on.</summary>
public sealed record FieldError(string Pointer, string Detail)
{
    /// <summary>The field name as V1 reports it in <c>reasons</c>: the pointer without its slash, nested levels joined by dots.</summary>
    public string FieldName => Pointer.TrimStart('/').Replace('/', '.');
}
