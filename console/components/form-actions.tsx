/**
 * A form's submit and cancel buttons: submit is disabled and marked busy while the request runs,
 * so a second press never sends the form twice.
 */
export function FormActions({ saving, submitLabel, cancelLabel, onCancel }: { saving: boolean; submitLabel: string; cancelLabel: string; onCancel: () => void }) {
  return (
    <div class="form-actions">
      <button type="submit" class="button primary" disabled={saving} aria-busy={saving}>
        {submitLabel}
      </button>
      <button type="button" class="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
