// The api's suite runs on the same throwaway PostgreSQL server setup as the store's.
export { default } from '../../../packages/store/test/global-setup'
