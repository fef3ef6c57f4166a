import type { CampState } from '@campgrid/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.js';
import { allTags, type SessionFilter } from './schedule-model.js';

interface ScheduleFiltersProps {
  camp: CampState;
  filter: SessionFilter;
  onChange(filter: SessionFilter): void;
}

/** Search and a tag filter; the lists below follow as the user types. */
export function ScheduleFilters({ camp, filter, onChange }: ScheduleFiltersProps) {
  const { t } = useTranslation();
  const tags = allTags(camp);
  return (
    <div className="schedule-filters">
      <Field label={t('schedule.search')} hint={t('schedule.searchHint')} className="filter-query">
        {(control) => (
          <input
            {...control}
            type="search"
            value={filter.query}
            onChange={(event) => onChange({ ...filter, query: event.target.value })}
          />
        )}
      </Field>
      {tags.length > 0 ? (
        <Field label={t('schedule.tag')} className="filter-tag">
          {(control) => (
            <select
              {...control}
              value={filter.tag ?? ''}
              onChange={(event) =>
                onChange({ ...filter, tag: event.target.value === '' ? null : event.target.value })
              }
            >
              <option value="">{t('schedule.allTags')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </div>
  );
}
