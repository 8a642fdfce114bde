export { default } from '../../libs/testing/src/global-teardown';
