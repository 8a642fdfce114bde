export { default } from '../../tools/test-setup/global-teardown';
