using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
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

        group.MapGet("/", (HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) =>
                ListAsync(resource, request, db, account, cancellationToken))
            .WithOperation(resource.OperationIds.List, $"List {resource.Nouns}")
            .WithQueryParameters(resource.List.Parameters)
            .WithDescription(resource.ListDescription ?? $"Returns a page of your {resource.Nouns.ToLowerInvariant()}, filtered and sorted.")
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Page)
            .ProducesV2Errors(StatusCodes.Status400BadRequest);

        group.MapPost("/", async (ResourceBody body, ResourceWriter writer, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) =>
                await AnswerAsync(resource, await writer.CreateAsync(resource, account.Name, body.Json, body.Strict, cancellationToken), resource.CreateStatus, db, account, cancellationToken))
            .WithOperation(resource.OperationIds.Create, $"Create {resource.Noun}", resource.CreateDescription ?? $"Creates {resource.Noun}; fields left out take their defaults.")
            .AcceptsResource(definition)
            .WithRequestExample(resource.CreateExample)
            .ProducesResource(definition, resource.CreateStatus, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{id}", (string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) => RetrieveAsync(resource, id, db, account, cancellationToken))
            .WithOperation(resource.OperationIds.Retrieve, $"Retrieve {resource.Noun}")
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status404NotFound);

        group.MapPatch("/{id}", async (string id, ResourceBody body, ResourceWriter writer, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) =>
                await AnswerAsync(resource, await writer.UpdateAsync(resource, account.Name, id, body.Json, body.Strict, cancellationToken), StatusCodes.Status200OK, db, account, cancellationToken))
            .WithOperation(resource.OperationIds.Update, $"Update {resource.Noun}", resource.UpdateDescription ?? "Fields left out, at any depth, are left unchanged.")
            .AcceptsResource(definition)
            .WithRequestExample(resource.UpdateExample)
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{id}", async (string id, ResourceWriter writer, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) =>
                await AnswerAsync(resource, await writer.DeleteAsync(resource, account.Name, id, cancellationToken), StatusCodes.Status200OK, db, account, cancellationToken))
            .WithOperation(resource.OperationIds.Delete, $"Delete {resource.Noun}", resource.DeleteDescription ?? "Deletes it and returns it.")
            .ProducesResource(definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<IResult> ListAsync<TRow>(
        V2Resource<TRow> resource, HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
        where TRow : StoredResource, new()
    {
        var (query, errors) = resource.List.Read(request.Query, db);
        if (query is null || errors.Count > 0)
        {
            return V2Errors.Instance.InvalidQuery(errors);
        }

        var filtered = query.Filter(db.Set<TRow>().Where(c => c.Account == account.Name));
        var total = await db.CountAsync(filtered, (typeof(TRow), account.Name, query.FilterKey), cancellationToken);
        var documents = await query.Sort(filtered)
            .Skip((int)Math.Min((long)(query.PageNumber - 1) * query.PageSize, int.MaxValue))
            .Take(query.PageSize)
            .Select(c => c.Document)
            .ToListAsync(cancellationToken);
        return ResourceJson.Page(await ComputedAsync(resource, db, account, documents, cancellationToken), PaginationMeta.Of(query.PageNumber, query.PageSize, total));
    }

    /// <summary>A write's outcome in V2's envelopes: the resource in <c>data</c> (a new one with its location), every failure, or 404.</summary>
    private static async Task<IResult> AnswerAsync<TRow>(V2Resource<TRow> resource, Written written, int status, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
        where TRow : StoredResource, new() => written switch
    {
        { NotFound: true } => V2Errors.NotFoundResult(),
        { Row: { } row } => ResourceJson.Data((await ComputedAsync(resource, db, account, [row.Document], cancellationToken))[0], status,
            written.Created ? $"{resource.Path}/{row.Id}" : null),
        _ => V2Errors.ValidationResult(written.Errors),
    };

    private static async Task<IResult> RetrieveAsync<TRow>(V2Resource<TRow> resource, string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
        where TRow : StoredResource, new()
    {
        var document = Resource.TryParseId(id, out var key) ? await Reads<TRow>.DocumentById(db, key, account.Name) : null;
        return document is null ? V2Errors.NotFoundResult() : ResourceJson.Data((await ComputedAsync(resource, db, account, [document], cancellationToken))[0]);
    }

    /// <summary>The documents as answered: stored, with the fields computed at every read filled in.</summary>
    private static async Task<IReadOnlyList<string>> ComputedAsync<TRow>(V2Resource<TRow> resource, MockDbContext db, CurrentAccount account, IReadOnlyList<string> documents, CancellationToken cancellationToken)
        where TRow : StoredResource, new() =>
        resource.Computed is { } computed && documents.Count > 0 ? await computed(db, account.Name, documents, cancellationToken) : documents;

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
