import type { TableList } from '../../../store/types';
import { cableList } from './cableList';
import { carrierList } from './carrierList';
import { countryList } from './countryList';
import { ixpList } from './ixpList';
import type { ListDefinition } from './listTypes';

/** The table's lists, one module each with the same shape: adding a list touches its module, this line and its strings. */
export const LIST_DEFINITIONS: Readonly<Record<TableList, ListDefinition>> = {
  cables: cableList,
  ixps: ixpList,
  carriers: carrierList,
  countries: countryList,
};
