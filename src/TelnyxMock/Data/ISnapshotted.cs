namespace TelnyxMock.Data;

/// <summary>
/// An entity that keeps its API representation, serialised, beside its columns: reads send that text as it is
/// instead of materialising the entity and serialising it again. <see cref="MockDbContext"/> retakes the snapshot
/// of every entity it adds or changes, in the same save, so the two never disagree.
/// </summary>
public interface ISnapshotted
{
    /// <summary>Sets the snapshot from the entity's current values.</summary>
    void TakeSnapshot();
}
