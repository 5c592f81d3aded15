using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.V2;

/// <summary>
/// The five operations every V2 resource has (list, create, retrieve, update, delete), written once for all of them
/// from a resource's definition and its <see cref="V2Resource{TRow}"/>: Bearer auth, per-account
/// isolation, the V2 envelopes, every failure of a body at once, partial updates, and writes that run with their
/// cross-row checks and consequences in one write transaction.
/// </summary>
public static class V2ResourceApi
{
    public static RouteGroupBuilder MapV2Resource<TRow>(this IEndpointRouteBuilder app, V2Resource<TRow> resource)
        where TRow : StoredResource, new()
    {
        var definition = resource.Definition;
        var group = app.MapSurface<AuthFilter>(resource.Path, resource.Tag, Surface.V2);

        if (resource.Operations.HasFlag(V2Operations.List))
        {
            group.MapGet("/", (HttpRequest request, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                    ListAsync(resource, request, new V2Read(db, account.Name, clock.UtcNowMilliseconds(), cancellationToken)))
                .WithOperation(resource.OperationIds.List, $"List {resource.Nouns}")
                .WithQueryParameters(resource.List.Parameters)
                .WithDescription(resource.ListDescription ?? $"Returns a page of your {resource.Nouns.ToLowerInvariant()}, filtered and sorted.")
                .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Page)
                .ProducesV2Errors(StatusCodes.Status400BadRequest);
        }

        if (resource.Operations.HasFlag(V2Operations.Create))
        {
            group.MapPost("/", async (ResourceBody body, ResourceWriter writer, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                    await AnswerAsync(resource, await writer.CreateAsync(resource, account.Name, body.Json, body.Strict, cancellationToken), resource.CreateStatus, new V2Read(db, account.Name, clock.UtcNowMilliseconds(), cancellationToken)))
                .WithOperation(resource.OperationIds.Create, $"Create {resource.Noun}", resource.CreateDescription ?? $"Creates {resource.Noun}; fields left out take their defaults.")
                .AcceptsResource(definition)
                .WithRequestExample(resource.CreateExample)
                .ProducesResource(definition, resource.CreateStatus, ResourceWrapping.Data)
                .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        }

        if (resource.Operations.HasFlag(V2Operations.Retrieve))
        {
            group.MapGet("/{id}", (string id, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                    RetrieveAsync(resource, id, new V2Read(db, account.Name, clock.UtcNowMilliseconds(), cancellationToken)))
                .WithOperation(resource.OperationIds.Retrieve, $"Retrieve {resource.Noun}")
                .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
                .ProducesV2Errors(StatusCodes.Status404NotFound);
        }

        if (resource.Operations.HasFlag(V2Operations.Update))
        {
            group.MapPatch("/{id}", async (string id, ResourceBody body, ResourceWriter writer, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                    await AnswerAsync(resource, await writer.UpdateAsync(resource, account.Name, id, body.Json, body.Strict, cancellationToken, resource.UpdateBody), StatusCodes.Status200OK,
                        new V2Read(db, account.Name, clock.UtcNowMilliseconds(), cancellationToken)))
                .WithOperation(resource.OperationIds.Update, $"Update {resource.Noun}", resource.UpdateDescription ?? "Fields left out, at any depth, are left unchanged.")
                .WithMetadata(new ResourceRequestMetadata(resource.UpdateBody ?? definition, resource.UpdateBody is null ? null : $"Update{definition.Name}Request"))
                .WithRequestExample(resource.UpdateExample)
                .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
                .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                    StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        }

        if (resource.Operations.HasFlag(V2Operations.Delete))
        {
            group.MapDelete("/{id}", async (string id, ResourceWriter writer, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                    await AnswerDeletedAsync(resource, await writer.DeleteAsync(resource, account.Name, id, cancellationToken), new V2Read(db, account.Name, clock.UtcNowMilliseconds(), cancellationToken)))
                .WithOperation(resource.OperationIds.Delete, $"Delete {resource.Noun}", resource.DeleteDescription ?? "Deletes it and returns it.")
                .ProducesResource(resource.Deleted?.Definition ?? definition, StatusCodes.Status200OK, ResourceWrapping.Data)
                .ProducesV2Errors(StatusCodes.Status404NotFound);
        }

        foreach (var view in resource.Views)
        {
            MapView(group, resource, view);
        }

        return group;
    }

    /// <summary>
    /// A view's three operations: the list at <c>{path}/{segment}</c>, and retrieve and update at <c>{path}/{id}/{segment}</c>,
    /// each answering the view's part of the document; an update merges the view's fields into the whole resource.
    /// </summary>
    private static void MapView<TRow>(RouteGroupBuilder group, V2Resource<TRow> resource, V2View<TRow> view)
        where TRow : StoredResource, new()
    {
        string Answer(StoredResource row) => view.Definition.Project(row.Read()).ToJsonString(Common.Json.ApiJson.Options);
        group.MapGet($"/{view.Segment}", async (HttpRequest request, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken) =>
                await ListAsync(view.List, null, request, new V2Read(db, account.Name, clock.UtcNowMilliseconds(), cancellationToken), Answer))
            .WithOperation(view.OperationIds.List, $"List {view.Nouns}", view.ListDescription)
            .WithQueryParameters(view.List.Parameters)
            .ProducesResource(view.Definition, StatusCodes.Status200OK, ResourceWrapping.Page)
            .ProducesV2Errors(StatusCodes.Status400BadRequest);

        group.MapGet($"/{{id}}/{view.Segment}", async Task<IResult> (string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) =>
                resource.TryParse(id, out var key) && await resource.FindAsync(db, key, account.Name, tracking: false, cancellationToken) is { } row
                    ? ResourceJson.Data(Answer(row))
                    : V2Errors.NotFoundResult())
            .WithOperation(view.OperationIds.Retrieve, $"Retrieve {view.Noun}")
            .ProducesResource(view.Definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status404NotFound);

        group.MapPatch($"/{{id}}/{view.Segment}", async Task<IResult> (string id, ResourceBody body, ResourceWriter writer, CurrentAccount account, CancellationToken cancellationToken) =>
                await writer.UpdateAsync(resource, account.Name, id, body.Json, body.Strict, cancellationToken, view.Definition) switch
                {
                    { NotFound: true } => V2Errors.NotFoundResult(),
                    { Row: { } row } => ResourceJson.Data(Answer(row)),
                    var failed => V2Errors.ValidationResult(failed.Errors),
                })
            .WithOperation(view.OperationIds.Update, $"Update {view.Noun}", "Fields left out, at any depth, are left unchanged.")
            .AcceptsResource(view.Definition)
            .WithRequestExample(view.UpdateExample)
            .ProducesResource(view.Definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
    }

    private static Task<IResult> ListAsync<TRow>(V2Resource<TRow> resource, HttpRequest request, V2Read read)
        where TRow : StoredResource, new() =>
        ListAsync(resource.List, resource.Computed, request, read);

    /// <summary>A page of the list: the stored documents as answered, or, with <paramref name="answer"/>, what it makes of each whole row (a view's part).</summary>
    private static async Task<IResult> ListAsync<TRow>(V2List<TRow> list, V2Computed? computed, HttpRequest request, V2Read read, Func<StoredResource, string>? answer = null)
        where TRow : StoredResource, new()
    {
        var (db, account, cancellationToken) = (read.Db, read.Account, read.CancellationToken);
        var (query, errors) = list.Read(request.Query, db, read.Now);
        if (query is null || errors.Count > 0)
        {
            return V2Errors.Instance.InvalidQuery(errors);
        }

        var filtered = query.Filter(db.Set<TRow>().Where(c => c.Account == account));
        var total = await db.CountAsync(filtered, (typeof(TRow), account, query.FilterKey), cancellationToken);
        var page = query.Sort(filtered)
            .Skip((int)Math.Min((long)(query.PageNumber - 1) * query.PageSize, int.MaxValue))
            .Take(query.PageSize);
        var documents = answer is null
            ? await page.Select(c => c.Document).ToListAsync(cancellationToken)
            : [.. (await page.AsNoTracking().ToListAsync(cancellationToken)).Select(answer)];
        return ResourceJson.Page(await ComputedAsync(computed, read, documents), PaginationMeta.Of(query.PageNumber, query.PageSize, total));
    }

    /// <summary>A write's outcome in V2's envelopes: the resource in <c>data</c> (a new one with its location), every failure, or 404.</summary>
    private static async Task<IResult> AnswerAsync<TRow>(V2Resource<TRow> resource, Written written, int status, V2Read read)
        where TRow : StoredResource, new() =>
        written switch
        {
            { NotFound: true } => V2Errors.NotFoundResult(),
            { Row: { } row } => ResourceJson.Data((await ComputedAsync(resource.Computed, read, [row.Document]))[0], status,
                written.Created ? $"{resource.Path}/{resource.Definition.Ids.Show(row.Id)}" : null),
            _ => V2Errors.ValidationResult(written.Errors),
        };

    /// <summary>A delete's outcome: the resource as it was, or as <see cref="V2Resource{TRow}.Deleted"/> words a deleted one.</summary>
    private static async Task<IResult> AnswerDeletedAsync<TRow>(V2Resource<TRow> resource, Written written, V2Read read)
        where TRow : StoredResource, new()
    {
        if (resource.Deleted is not { } deleted || written.Row is not { } row)
        {
            return await AnswerAsync(resource, written, StatusCodes.Status200OK, read);
        }

        var document = deleted.Definition.Project(row.Read());
        deleted.Mark(document);
        return ResourceJson.Data(document.ToJsonString(Common.Json.ApiJson.Options));
    }

    private static async Task<IResult> RetrieveAsync<TRow>(V2Resource<TRow> resource, string id, V2Read read)
        where TRow : StoredResource, new()
    {
        var document = resource.TryParse(id, out var key) ? await Reads<TRow>.DocumentById(read.Db, key, read.Account) : null;
        return document is null ? V2Errors.NotFoundResult() : ResourceJson.Data((await ComputedAsync(resource.Computed, read, [document]))[0]);
    }

    /// <summary>The documents as answered: stored, with the fields computed at every read filled in.</summary>
    private static async Task<IReadOnlyList<string>> ComputedAsync(V2Computed? computed, V2Read read, IReadOnlyList<string> documents) =>
        computed is not null && documents.Count > 0 ? await computed(read, documents) : documents;

    /// <summary>
    /// The hottest read of each resource, compiled once per model (SQLite's and PostgreSQL's are different models)
    /// instead of translated per request; it reads only the document.
    /// </summary>
    private static class Reads<TRow>
        where TRow : StoredResource
    {
        private static readonly ConditionalWeakTable<IModel, Func<MockDbContext, long, string, Task<string?>>> ByModel = [];

        public static Task<string?> DocumentById(MockDbContext db, long key, string account) =>
            ByModel.GetValue(db.Model, _ => EF.CompileAsyncQuery((MockDbContext db, long key, string account) =>
                db.Set<TRow>().Where(c => c.Id == key && c.Account == account).Select(c => c.Document).FirstOrDefault()))(db, key, account);
    }
}
