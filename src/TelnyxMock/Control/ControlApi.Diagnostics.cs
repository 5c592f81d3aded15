namespace TelnyxMock.Control;

public static partial class ControlApi
{
    public static async Task<Ok<JournalResponse>> ListRequests(string? method, string? path, string? account, IRequestJournal journal, CancellationToken cancellationToken)
    {
        var entries = await journal.ListAsync(new JournalFilter(method, path, account), cancellationToken);
        return TypedResults.Ok(new JournalResponse(entries.Count, journal.Capacity, entries));
    }

    public static async Task<Ok<ClearedResponse>> ClearRequests(IRequestJournal journal, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ClearedResponse(await journal.ClearAsync(null, cancellationToken)));

    public static async Task<Created<FaultRuleResponse>> AddFault(ControlBody<FaultRuleRequest> body, IFaultRules faults, CancellationToken cancellationToken)
    {
        var rule = await faults.AddAsync(body.Request, cancellationToken);
        return TypedResults.Created($"/_mock/faults/{rule.Id}", rule);
    }

    public static async Task<Ok<List<FaultRuleResponse>>> ListFaults(IFaultRules faults, CancellationToken cancellationToken) =>
        TypedResults.Ok((await faults.ListAsync(cancellationToken)).ToList());

    public static async Task<Ok<ClearedResponse>> ClearFaults(IFaultRules faults, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ClearedResponse(await faults.ClearAsync(null, cancellationToken)));

    public static async Task<Results<NoContent, NotFound<Common.Errors.ErrorResponse>>> DeleteFault(long id, IFaultRules faults, CancellationToken cancellationToken) =>
        await faults.RemoveAsync(id, cancellationToken) ? TypedResults.NoContent() : Common.Errors.V2Errors.NotFoundResult();
}
