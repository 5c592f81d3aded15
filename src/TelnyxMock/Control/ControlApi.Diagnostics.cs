namespace TelnyxMock.Control;

public static partial class ControlApi
{
    public static Ok<JournalResponse> ListRequests(string? method, string? path, string? account, RequestJournal journal)
    {
        var entries = journal.List(new JournalFilter(method, path, account));
        return TypedResults.Ok(new JournalResponse(entries.Count, journal.Capacity, entries));
    }

    public static Ok<ClearedResponse> ClearRequests(RequestJournal journal) =>
        TypedResults.Ok(new ClearedResponse(journal.Clear()));

    public static Created<FaultRuleResponse> AddFault(ControlBody<FaultRuleRequest> body, FaultRules faults)
    {
        var rule = faults.Add(id => body.Request.ToRule(id));
        return TypedResults.Created($"/_mock/faults/{rule.Id}", rule.ToResponse());
    }

    public static Ok<List<FaultRuleResponse>> ListFaults(FaultRules faults) =>
        TypedResults.Ok(faults.List().ToList());

    public static Ok<ClearedResponse> ClearFaults(FaultRules faults) =>
        TypedResults.Ok(new ClearedResponse(faults.Clear()));

    public static Results<NoContent, NotFound<Common.Errors.ErrorResponse>> DeleteFault(long id, FaultRules faults) =>
        faults.Remove(id) ? TypedResults.NoContent() : Common.Errors.V2Errors.NotFoundResult();
}
