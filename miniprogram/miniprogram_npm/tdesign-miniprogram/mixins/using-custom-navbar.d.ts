declare const useCustomNavbarBehavior: string;
export default useCustomNavbarBehavior;
