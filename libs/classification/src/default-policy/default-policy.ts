import { RoutingPolicy } from '../policy';
import data from './default-policy.json';

/** The default agreements and vocabularies, as shipped; operators replace them with stored policies. */
export const defaultPolicy: RoutingPolicy = data as RoutingPolicy;
