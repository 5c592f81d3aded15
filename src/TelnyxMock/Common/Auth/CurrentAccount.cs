namespace TelnyxMock.Common.Auth;

/// <summary>The account of the request being served, set by <see cref="AuthFilter"/> before the handler runs.</summary>
public sealed class CurrentAccount
{
    private string? name;

    public string Name
    {
        get => name ?? throw new InvalidOperationException("No account was authenticated for this request.");
        set => name = value;
    }

}
